import Testing

@testable import WFLintKit

/// A long YAML stream is read document by document, each checked as it is
/// complete (`StreamedChecks`): whatever the job count, and whatever ends the
/// stream, the findings are the same ones in the same order, every kept
/// document's once. The streams are long enough to start the workers and to
/// fill their queue.
@Suite struct StreamedLintingTests {
    static let jobCounts = [1, 2, 4, ProcessorCount.online]

    static func linter(maximumFindings: Int = LintLimits.defaultFindings) throws -> Linter {
        let ruleSet = try RuleTestSupport.ruleSetWithExamplePacks()
        let table = RuleTable(ruleSet.descriptors)
        return Linter(
            checks: ruleSet.checks(enabledIn: table), rules: table, operation: nil,
            inlineSuppressions: InlineSuppressionPolicy(loadedRules: ruleSet.descriptors),
            limits: LintLimits(maximumFindings: maximumFindings))
    }

    /// The findings of `text` linted with each job count, which must all be the same; those of one job.
    static func findings(_ text: String, linter: Linter) throws -> [String] {
        let input = LintInput(source: .standardInput, displayName: "bundle.yaml", isExplicit: true)
        let outcomes = jobCounts.map { ParallelLintingTests.described(linter.lint(Array(text.utf8), as: input, jobs: $0).findings) }
        for outcome in outcomes.dropFirst() { #expect(outcome == outcomes[0]) }
        return outcomes[0]
    }

    /// Three times the parallel tests' stream: 384 documents, 4 lines each.
    static let length = 3 * ParallelLintingTests.streamLength
    static let stream = Array(repeating: ParallelLintingTests.stream, count: 3).joined(separator: "---\n")

    /// The parallel tests' findings for the documents of `stream`, each copy's lines further down.
    static var streamFindings: [String] {
        let copy = ParallelLintingTests.streamLength
        return (0..<length).compactMap { index in
            let line = 4 * index + 1
            let number = index % copy
            switch number % 16 {
            case 5:
                return "bundle.yaml:\(line):16 WF007 \"WorkforceName\" must match the API pattern "
                    + "\(ParallelLintingTests.namePattern), got \"team \(number)\""
            case 11:
                return "bundle.yaml:\(line + 2):72 WF302 duplicate tag key \"Owner\", first defined at \(line + 2):14"
            default: return nil
            }
        }
    }

    @Test func aLongStreamGivesTheSameFindingsWhateverTheJobs() throws {
        #expect(try Self.findings(Self.stream, linter: try Self.linter()) == Self.streamFindings)
    }

    @Test func aSyntaxErrorAfterManyDocumentsKeepsTheFindingsOfThoseBefore() throws {
        let line = 4 * Self.length + 1  // the appended document's first
        let text = Self.stream + "---\nWorkforceName: [unclosed\n"
        #expect(try Self.findings(text, linter: try Self.linter()) == Self.streamFindings + [
            "bundle.yaml:\(line + 1):1 WF001 did not find expected ',' or ']' "
                + "(while parsing a flow sequence that starts at \(line):16)",
        ])
    }

    /// libyaml reports a bad byte before events it has already decoded past;
    /// the stream is read again up to the bad line, and no document of the
    /// first read is checked twice.
    @Test func anEncodingErrorAfterManyDocumentsReportsEachDocumentBeforeItOnce() throws {
        let line = 4 * Self.length + 1
        let text = Self.stream + "---\nWorkforceName: ok\u{1}\n"
        #expect(try Self.findings(text, linter: try Self.linter()) == Self.streamFindings + [
            "bundle.yaml:\(line):18 WF001 control characters are not allowed: U+0001",
        ])
    }

    /// The bad line is in the last document, which the second read completes
    /// at the cut: it does not belong to the stream, and its WF007 is not reported.
    @Test func anEncodingErrorInsideTheLastDocumentDropsThatDocument() throws {
        let line = 4 * Self.length + 1
        let text = Self.stream + "---\nWorkforceName: team x\nTags: \u{1}\n"
        let found = try Self.findings(text, linter: try Self.linter())
        #expect(found == Self.streamFindings + [
            "bundle.yaml:\(line + 1):7 WF001 control characters are not allowed: U+0001",
        ])
    }

    /// A flow entry that starts with `:` late in the stream makes the reader
    /// read the stream again with that colon as text (`FlowColons`): every
    /// document comes again and replaces the one before, none is reported twice.
    @Test func aStreamReadAgainForAFlowColonReportsEachDocumentOnce() throws {
        let line = 4 * Self.length + 1
        let text = Self.stream + "---\nWorkforceName: team x\n"
            + "CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}\n"
            + "Tags: [{Key: Owner, Value: o}, {Key: CostCenter, Value: '4711'}, ::1]\n"
        #expect(try Self.findings(text, linter: try Self.linter()) == Self.streamFindings + [
            "bundle.yaml:\(line):16 WF007 \"WorkforceName\" must match the API pattern "
                + "\(ParallelLintingTests.namePattern), got \"team x\"",
            "bundle.yaml:\(line + 2):66 WF004 \"Tags[2]\" must be a map, got string \"::1\"",
        ])
    }

    /// A directive on a comment and one inside a quoted scalar, in documents
    /// the workers check: the first silences its line's WF007, the second is text.
    @Test func suppressionCommentsInALongStreamAreToldFromScalarText() throws {
        var documents = Self.stream.components(separatedBy: "---\n")
        documents[5] = documents[5].replacingOccurrences(
            of: "team 5\n", with: "team 5 # wflint-disable-line WF007\n")
        documents[300] = documents[300].replacingOccurrences(
            of: "team-44\n", with: "'team 44 # wflint-disable-line WF007'\n")
        let expected = Self.streamFindings.filter { !$0.hasPrefix("bundle.yaml:21:") } + [
            "bundle.yaml:1201:16 WF007 \"WorkforceName\" must match the API pattern "
                + "\(ParallelLintingTests.namePattern), got \"team 44 # wflint-disable-line WF007\"",
        ]
        #expect(try Self.findings(documents.joined(separator: "---\n"), linter: try Self.linter())
            == expected.sorted { Self.line(of: $0) < Self.line(of: $1) })
    }

    /// The cap on findings is each document's: a stream whose documents each
    /// stay under it reports every finding, on any number of workers.
    @Test func theFindingsCapIsEachDocumentsOwn() throws {
        #expect(try Self.findings(Self.stream, linter: try Self.linter(maximumFindings: 1)) == Self.streamFindings)
    }

    /// A first document shaped like a rule pack holds the stream back until
    /// its end: with a syntax error after it, every document is linted.
    @Test func aPackShapedFirstDocumentInABrokenStreamIsLinted() throws {
        let text = "pack: p\nrules: []\n---\n" + Self.stream + "---\n[unclosed\n"
        // Three lines further down: the finding's line, and the line a WF302 names.
        let shifted = Self.streamFindings.map { finding in
            let parts = finding.split(separator: ":", maxSplits: 2)
            let text = "\(parts[0]):\(Int(parts[1])! + 3):\(parts[2])"
            guard let at = text.range(of: "first defined at ") else { return text }
            let rest = text[at.upperBound...].split(separator: ":", maxSplits: 1)
            return text[..<at.upperBound] + "\(Int(rest[0])! + 3):\(rest[1])"
        }
        let line = 4 * Self.length + 4
        let found = try Self.findings(text, linter: try Self.linter())
        #expect(Array(found.dropLast()) == shifted)
        #expect(found.last?.hasPrefix("bundle.yaml:\(line + 1):1 WF001 ") == true)
    }

    static func line(of finding: String) -> Int { Int(finding.split(separator: ":")[1])! }
}
