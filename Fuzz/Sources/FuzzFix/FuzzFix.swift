import FuzzSupport
import JSONReader
import WFLintKit
import YAMLReader

/// Any bytes as a file named on the command line, as YAML and as JSON, fixed
/// with the safe fixes and with the unsafe ones too, as `wflint --fix` does.
/// It traps when:
/// - fixing a file that parses would make it unparsable (`Linter.fix` would
///   report a `FixFailure`: a wflint bug), or what it gives does not parse;
/// - a file that does not parse is changed;
/// - fixing what fixing gave changes it again, although the passes stopped
///   before their limit. Each pass that changes the text applies at least one
///   fix, so fewer fixes than `maximumFixPasses` means the passes stopped
///   because nothing was left to change, and the same lint of the same text
///   plans the same fixes. Past the limit a further pass may rightly change
///   more, so nothing is asserted there.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFix(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    for name in ["input.yaml", "input.json"] {
        let input = LintInput(source: .standardInput, displayName: name, isExplicit: true)
        let parsed = parses(bytes, as: name)
        for includingUnsafe in [false, true] {
            let fixed = linter.fix(bytes, as: input, includingUnsafe: includingUnsafe)
            if let failure = fixed.failure { preconditionFailure("\(name), unsafe \(includingUnsafe): \(failure)") }
            guard fixed.changed else { continue }
            precondition(parsed, "\(name): a file that does not parse was changed")
            precondition(parses(fixed.bytes, as: name), "\(name), unsafe \(includingUnsafe): the fixed text does not parse")
            if fixed.appliedCount < Linter.maximumFixPasses {
                let again = linter.fix(fixed.bytes, as: input, includingUnsafe: includingUnsafe)
                precondition(
                    !again.changed && again.failure == nil,
                    "\(name), unsafe \(includingUnsafe): a second fix changed what \(fixed.appliedCount) fixes gave")
            }
        }
    }
    return 0
}

/// Whether `bytes` reads, as the format `name` says, within the linter's read limits.
func parses(_ bytes: [UInt8], as name: String) -> Bool {
    let stream =
        SourceFormat.of(name: name, bytes: bytes) == .json
        ? JSONReader.parse(bytes, limits: linter.limits.read) : YAMLReader.parse(bytes, limits: linter.limits.read)
    return stream.syntaxError == nil
}
