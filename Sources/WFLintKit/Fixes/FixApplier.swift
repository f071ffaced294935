import DocumentModel
import JSONReader
import YAMLReader

/// What fixing one source made of it.
public struct FixedSource: Sendable {
    /// The text as read.
    public let original: [UInt8]
    /// Where the text as read holds secrets (`LintedSource.sensitiveRanges`),
    /// which a diff of it masks.
    public let originalSensitiveRanges: [SourceRange]
    /// The text with the fixes applied; `original` when nothing applied or fixing failed.
    public let bytes: [UInt8]
    /// How many fixes were applied, over all passes.
    public let appliedCount: Int
    /// The lint of `bytes`: what remains.
    public let linted: LintedSource
    /// The applied edits as edits of `original` (`ComposedEdits`): `bytes`
    /// is `original` with them applied. An editor applies these, not a
    /// diff, so that no text outside the fixes' own is sent.
    public var edits: [TextEdit] = []
    /// Set when applying the fixes would have made the file unparsable: a
    /// wflint bug, reported as such, and the file is left as it was.
    public let failure: FixFailure?

    public var changed: Bool { bytes != original }
}

/// Fixes that would have broken the file. Never expected: the tests pin each
/// fix's result, which is parsed again; at run time it stops the fixing.
public struct FixFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// The syntax error the fixed text would have had.
    public let syntaxError: SyntaxError

    public var description: String {
        "applying the fixes would make the file unparsable (\(syntaxError.position): \(syntaxError.message)); "
            + "the file was left unchanged. This is a wflint bug: please report it"
    }
}

extension Linter {
    /// At most this many rounds of fix, lint again: a fix may bring another
    /// to light, and overlapping edits wait for the next round.
    public static let maximumFixPasses = 10

    /// Lints `bytes` and applies the fixes its findings carry (safe ones, and
    /// unsafe ones with `includingUnsafe`), then lints again, until no fix is
    /// left, the text stops changing, or `maximumFixPasses` rounds ran. A
    /// silenced finding (`# wflint-disable…`) is not fixed: it is not among
    /// the findings. A source that does not parse is never changed.
    /// `onlyRules`, when given, limits the fixes to these rules' findings
    /// (a rule's `fixed:` example shows its own fixes alone); `silencing`
    /// (the configuration's ignore entries, a baseline) keeps the findings it
    /// silences from being fixed too. `moduleFolders`: the Terraform module
    /// folders the run has read (`lint(_:as:jobs:linted:moduleFolders:)`).
    public func fix(
        _ bytes: [UInt8], as input: LintInput, includingUnsafe: Bool = false, onlyRules: Set<String>? = nil,
        silencing: FixSilencing? = nil, moduleFolders: TerraformModuleFolders? = nil
    ) -> FixedSource {
        // Every pass lints `input` again, with the run's module folders.
        let lintAgain = { (text: [UInt8]) in self.lint(text, as: input, moduleFolders: moduleFolders) }
        var current = bytes
        var linted = lintAgain(current)
        let sensitive = linted.sensitiveRanges
        var applied = 0
        var composed = ComposedEdits()
        guard syntaxError(in: bytes, as: input) == nil else {
            return FixedSource(
                original: bytes, originalSensitiveRanges: sensitive, bytes: bytes, appliedCount: 0, linted: linted,
                failure: nil)
        }
        for _ in 0..<Self.maximumFixPasses {
            var findings = silencing?.unsilenced(linted, path: input.displayName) ?? linted.findings
            if let onlyRules { findings = findings.filter { onlyRules.contains($0.ruleID) } }
            let fixes = FixSelection.nonOverlapping(findings, includingUnsafe: includingUnsafe)
            let next = FixSelection.apply(fixes, to: current)
            guard next != current else { break }
            if let error = syntaxError(in: next, as: input) {
                return FixedSource(
                    original: bytes, originalSensitiveRanges: sensitive, bytes: bytes, appliedCount: 0,
                    linted: lintAgain(bytes), failure: FixFailure(syntaxError: error))
            }
            composed.add(fixes.flatMap(\.edits))
            current = next
            applied += fixes.count
            linted = lintAgain(current)
        }
        return FixedSource(
            original: bytes, originalSensitiveRanges: sensitive, bytes: current, appliedCount: applied, linted: linted,
            edits: composed.textEdits, failure: nil)
    }

    /// Why `bytes` does not read as the format its name or text says, if it
    /// does not: a syntax error, or a read limit it goes over.
    private func syntaxError(in bytes: [UInt8], as input: LintInput) -> SyntaxError? {
        let stream =
            SourceFormat.of(name: input.displayName, bytes: bytes) == .json
            ? JSONReader.parse(bytes, limits: limits.read) : YAMLReader.parse(bytes, limits: limits.read)
        return stream.syntaxError
    }
}

/// Which fixes of one pass to apply, and their application.
enum FixSelection {
    /// The fixes of `findings` to apply this pass: in report order, each that
    /// overlaps none taken before it (a fix two findings share is taken once),
    /// and no removal that would take a list's last item (each plans on a
    /// list of two or more, and two of them on a list of two would empty
    /// it); the others wait for the next pass, planned again on the new text.
    ///
    /// Two fixes conflict when an edit of each shares a byte, or both start at
    /// one offset and one of them only inserts (which would come first is a
    /// guess), or they claim one name (`Fix.claim`). A fix that keeps text
    /// (`Fix.keeps`) is chosen after all the others, and only while no fix
    /// taken edits that text: removing a CIDR that another entry covers is
    /// safe only while that entry stays. Each fix is tested against those
    /// taken by lookups, not one by one: 32,000 fixes in one file took 21 s.
    static func nonOverlapping(_ findings: [Finding], includingUnsafe: Bool) -> [Fix] {
        var selection = Selection()
        let applied = findings.compactMap(\.fix).filter { $0.isApplied(includingUnsafe: includingUnsafe) }
        for fix in applied where fix.keeps.isEmpty { selection.take(fix) }
        for fix in applied where !fix.keeps.isEmpty { selection.take(fix) }
        return selection.chosen
    }

    /// The fixes chosen so far, and what they edit, claim, remove and keep.
    private struct Selection {
        private(set) var chosen: [Fix] = []
        private var taken = Set<Fix>()
        private var claims = Set<String>()
        private var edits = TakenEdits()
        /// The text the fixes taken keep (list items: apart, or one item
        /// kept by several fixes), which no fix taken after them may edit.
        private var kept = TakenEdits()
        private var removedItems: [Int: Int] = [:]

        /// Takes `fix` unless it conflicts with a fix taken before.
        mutating func take(_ fix: Fix) {
            guard !taken.contains(fix), !(fix.claim.map(claims.contains) ?? false),
                !fix.edits.contains(where: { edits.conflicts($0.range) || kept.overlaps($0.range) }),
                !fix.keeps.contains(where: edits.overlaps)
            else { return }
            if let removal = fix.itemRemoval {
                let removed = removedItems[removal.list, default: 0]
                guard removed + 1 < removal.itemCount else { return }
                removedItems[removal.list] = removed + 1
            }
            chosen.append(fix)
            taken.insert(fix)
            if let claim = fix.claim { claims.insert(claim) }
            for edit in fix.edits { edits.insert(edit.range) }
            for range in fix.keeps { kept.insert(range) }
        }
    }

    /// The ranges of the edits taken, sorted by start. No two of them
    /// conflict, so a range conflicts with one of them only
    /// if it conflicts with the last that starts before it or the first that
    /// starts at or after it. Findings come in report order, so most edits
    /// are inserted at the end.
    struct TakenEdits {
        private var ranges: [ByteRange] = []

        func conflicts(_ range: ByteRange) -> Bool {
            let next = ranges.partitionPoint { $0.start < range.start }
            if next > 0, ranges[next - 1].end > range.start { return true }
            return next < ranges.count && (ranges[next].start < range.end || ranges[next].start == range.start)
        }

        /// Whether `range` changes the text of one of them: shares a byte
        /// with it or, empty (an insertion), falls inside it. A range that
        /// ends where one starts leaves it whole.
        func overlaps(_ range: ByteRange) -> Bool {
            let next = ranges.partitionPoint { $0.start < range.start }
            if next > 0, ranges[next - 1].end > range.start { return true }
            return !range.isEmpty && next < ranges.count && ranges[next].start < range.end
        }

        mutating func insert(_ range: ByteRange) {
            ranges.insert(range, at: ranges.partitionPoint { $0.start <= range.start })
        }
    }

    /// `bytes` with every edit of `fixes` (which do not overlap) applied.
    static func apply(_ fixes: [Fix], to bytes: [UInt8]) -> [UInt8] {
        apply(edits: fixes.flatMap(\.edits), to: bytes)
    }

    /// `bytes` with `edits` (which do not overlap) applied.
    static func apply(edits: [TextEdit], to bytes: [UInt8]) -> [UInt8] {
        let edits = edits.sorted { $0.range.start < $1.range.start }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var copied = 0
        for edit in edits {
            result += bytes[copied..<edit.range.start]
            result += edit.replacement.utf8
            copied = edit.range.end
        }
        result += bytes[copied...]
        return result
    }
}
