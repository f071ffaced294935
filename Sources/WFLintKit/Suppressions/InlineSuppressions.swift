import DocumentModel

/// How a run honours `# wflint-disable…` comments: which rule ids and names
/// exist (a comment may name a rule that is loaded but turned off; that is
/// not "unused").
public struct InlineSuppressionPolicy: Sendable {
    public let names: RuleNames

    public init(loadedRules: [RuleDescriptor]) {
        self.init(names: RuleNames(loadedRules))
    }

    public init(names: RuleNames) {
        self.names = names
    }
}

/// Which WF010 notes a file's suppression comments get.
enum UnusedNotes {
    /// Every one: for a directive or rule that silences nothing, and for an
    /// unknown directive or rule.
    case all
    /// Only for an unknown directive or rule (a typo is one whatever lint
    /// reads it): the file's findings are shown by another input's lint too,
    /// so whether a comment silences nothing cannot be told by this one.
    case unknownNamesOnly
    /// None: the comments of a file another input's findings are shown in,
    /// which may be meant for other inputs (its own lint, when it is one,
    /// notes them).
    case none
}

/// What the suppression comments of one file did.
struct InlineSuppressionOutcome {
    var findings: [Finding]
    var suppressed: [SuppressedFinding]
}

extension InlineSuppressionPolicy {
    /// Moves the findings the directives cover to `suppressed` and adds a
    /// WF010 note for each directive, or rule of a directive, that silences
    /// nothing, and for an unknown directive or rule. WF010 notes are never
    /// themselves suppressed by comments (turn the rule off instead).
    /// `notes` says which WF010s the file gets (see `UnusedNotes`);
    /// `cutDocuments`, the documents `max-findings` cut (the lint's
    /// `SourceLintResult.cutDocuments`, whether or not WF011 is reported).
    func apply(
        _ directives: [SuppressionDirective], to findings: [Finding], file: String, rules: RuleTable,
        notes reported: UnusedNotes = .all, cutDocuments: Set<Int> = []
    ) -> InlineSuppressionOutcome {
        let resolved = directives.map { directive in directive.rules.map { names.id(of: $0.text) } }
        var used = directives.map { Array(repeating: false, count: max($0.rules.count, 1)) }
        var outcome = InlineSuppressionOutcome(findings: [], suppressed: [])
        let reach = DirectiveReach(directives, resolved: resolved)
        var rulesMarkedFileWide = Set<String>()
        for finding in findings {
            if rulesMarkedFileWide.isEmpty { for index in reach.fileWide { used[index][0] = true } }
            if rulesMarkedFileWide.insert(finding.ruleID).inserted {
                for index in reach.fileWideByRule[finding.ruleID] ?? [] {
                    Self.markUsed(finding.ruleID, in: resolved[index], &used[index])
                }
            }
            var justification: String??
            for index in reach.candidates(line: finding.range.start.line, ruleID: finding.ruleID) {
                let directive = directives[index]
                guard directive.covers(line: finding.range.start.line) else { continue }
                let ids = resolved[index]
                if directive.rules.isEmpty {
                    used[index][0] = true
                } else if ids.contains(finding.ruleID) {
                    Self.markUsed(finding.ruleID, in: ids, &used[index])
                } else {
                    continue
                }
                if justification == nil { justification = .some(directive.reason) }
            }
            if let justification {
                outcome.suppressed.append(SuppressedFinding(finding: finding, kind: .inSource, justification: justification))
            } else {
                outcome.findings.append(finding)
            }
        }
        var notes = Notes(
            rules: rules, file: file, cut: cutDocuments, reportsSilencingNothing: reported == .all)
        for (index, directive) in directives.enumerated() where reported != .none {
            notes.report(directive, ids: resolved[index], used: used[index], names: names)
        }
        outcome.findings = (outcome.findings + notes.findings).sorted(by: Finding.reportOrder)
        return outcome
    }

    /// Marks every slot of a directive that names `ruleID` as used: a rule
    /// may be named twice, by its id and its name, and neither silences
    /// nothing (the second gets its own note, `Notes.report`).
    private static func markUsed(_ ruleID: String, in ids: [String?], _ used: inout [Bool]) {
        for (slot, id) in ids.enumerated() where id == ruleID { used[slot] = true }
    }

    /// The WF010 notes of one file.
    private struct Notes {
        let rules: RuleTable
        let file: String
        /// The documents whose findings `max-findings` cut.
        let cut: Set<Int>
        /// Whether a directive, or a rule of one, that silences nothing is noted.
        let reportsSilencingNothing: Bool
        var findings: [Finding] = []

        /// Whether a finding the directive would silence may have been left
        /// out by `max-findings`: then whether it silences nothing cannot be
        /// told, and no note says it does (a document with thousands of
        /// findings, each silenced by its comment, noted every comment past
        /// the cut).
        private func mayHaveBeenCut(_ directive: SuppressionDirective, _ scope: SuppressionDirective.Scope) -> Bool {
            scope == .file ? !cut.isEmpty : cut.contains(directive.documentIndex)
        }

        mutating func report(_ directive: SuppressionDirective, ids: [String?], used: [Bool], names: RuleNames) {
            guard let scope = directive.scope else {
                let valid = SuppressionDirective.Scope.allCases.map(\.rawValue).sorted()
                let hint = MemberSuggestion.nearest(to: directive.word.text, in: valid).map { "did you mean \"\($0)\"? " } ?? ""
                add(directive, directive.word.range,
                    "unknown suppression \"\(directive.word.text)\"; \(hint)valid suppressions: \(valid.joined(separator: ", "))")
                return
            }
            // Whether "silences nothing" cannot be told here: a finding it
            // silences may have been cut, or be another input's lint's.
            let untold = mayHaveBeenCut(directive, scope) || !reportsSilencingNothing
            if directive.rules.isEmpty {
                if !used[0] && !untold {
                    add(directive, directive.range, "\(scope.rawValue) silences nothing: no finding \(place(directive))")
                }
                return
            }
            for (slot, token) in directive.rules.enumerated() {
                guard let id = ids[slot] else {
                    add(directive, token.range, names.unknownMessage(token.text, in: scope.rawValue))
                    continue
                }
                // Named before (by its id or its name): this one silences nothing more.
                if let first = ids[..<slot].firstIndex(of: id) {
                    let earlier = directive.rules[first].text
                    let both = earlier == token.text ? "" : ": both name \(id)"
                    add(directive, token.range, "\"\(token.text)\" in \(scope.rawValue) repeats \"\(earlier)\"\(both)")
                    continue
                }
                // A rule that is off in this run has nothing to silence, and the
                // comment is still right for runs where it is on.
                guard !used[slot], rules.isEnabled(id), !untold else { continue }
                // Its notes are made after every comment has silenced what it does.
                let why = id == CoreRule.unusedSuppression
                    ? "\(id) notes are not silenced by comments; turn the rule off in the configuration instead"
                    : "no \(id) finding \(place(directive))"
                add(directive, token.range, "\"\(token.text)\" in \(scope.rawValue) silences nothing: \(why)")
            }
        }

        private func place(_ directive: SuppressionDirective) -> String {
            switch directive.scope {
            case .nextLine: return "on line \(directive.range.start.line + 1)"
            case .line: return "on this line"
            case .file, nil: return "in this file"
            }
        }

        private mutating func add(_ directive: SuppressionDirective, _ range: SourceRange, _ message: String) {
            var sink = FindingSink(rules: rules, file: file, documentIndex: directive.documentIndex)
            sink.report(CoreRule.unusedSuppression, range: range, pointer: .root, message: message)
            findings += sink.findings
        }
    }
}
