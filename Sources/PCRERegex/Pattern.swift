import CPCRE2
import Synchronization

/// A PCRE2 regular expression, compiled once and safe to match from many
/// threads at once.
///
/// The compile options carry the API's semantics: UTF mode without UCP, so
/// `\w`, `\d` and `\s` stay ASCII while `\p{L}` and friends see Unicode. A
/// `wholeValue` pattern is anchored at both ends by PCRE2 itself
/// (`PCRE2_ANCHORED | PCRE2_ENDANCHORED`) rather than by wrapping the source, so
/// a botocore pattern with inner `^`/`$` alternatives keeps its meaning.
/// A `caseless` pattern ignores case (`PCRE2_CASELESS`), for values such as
/// host names that are compared without case.
///
/// A pattern made with `deferred` is compiled on its first match instead.
///
/// `@unchecked Sendable`: the compiled code is written once, atomically, and
/// never after; PCRE2 documents it as shareable between threads during
/// matching, and each match gets its own match data.
public final class Pattern: @unchecked Sendable {
    /// The pattern's source text, as given.
    public let source: String
    public let wholeValue: Bool
    public let caseless: Bool
    public let dialect: PatternDialect
    private let jit: Bool

    /// The compiled `pcre2_code`'s address, or 0 until a deferred pattern's
    /// first match compiles it.
    private let compiledCode: Atomic<UInt>

    /// Compiles `source` with `dialect`'s semantics; `jit: false` keeps to the
    /// interpreter (tests use it to reach the depth and heap limits, which only
    /// the interpreter has). A `java` pattern's error offsets count in its
    /// rewritten text (see `PatternDialect`).
    public convenience init(
        _ source: String, wholeValue: Bool, caseless: Bool = false, dialect: PatternDialect = .pcre2, jit: Bool = true
    ) throws(PatternError) {
        let code = try Self.compile(source, wholeValue: wholeValue, caseless: caseless, dialect: dialect, jit: jit).get()
        self.init(source, wholeValue: wholeValue, caseless: caseless, dialect: dialect, jit: jit, code: code)
    }

    private init(
        _ source: String, wholeValue: Bool, caseless: Bool, dialect: PatternDialect, jit: Bool, code: OpaquePointer?
    ) {
        self.source = source
        self.wholeValue = wholeValue
        self.caseless = caseless
        self.dialect = dialect
        self.jit = jit
        compiledCode = Atomic(UInt(bitPattern: code))
    }

    /// A pattern known to compile — the built-in packs' and shapes', which
    /// their generated code holds and a test compiles — compiled on its first
    /// match, so that a run pays only for the patterns it uses (compiling and
    /// JIT-compiling every built-in pattern was a tenth of a one-file run).
    public static func deferred(
        _ source: String, wholeValue: Bool, caseless: Bool = false, dialect: PatternDialect = .pcre2
    ) -> Pattern {
        Pattern(source, wholeValue: wholeValue, caseless: caseless, dialect: dialect, jit: true, code: nil)
    }

    private static func compile(
        _ source: String, wholeValue: Bool, caseless: Bool, dialect: PatternDialect, jit: Bool
    ) -> Result<OpaquePointer, PatternError> {
        var options = UInt32(PCRE2_UTF)
        if wholeValue { options |= UInt32(PCRE2_ANCHORED) | UInt32(PCRE2_ENDANCHORED) }
        if caseless { options |= UInt32(PCRE2_CASELESS) }
        var errorCode: Int32 = 0
        var errorOffset = 0
        let compiledSource = dialect.compiledSource(source)
        let compiled = compiledSource.utf8.withContiguousBytes { bytes in
            pcre2_compile_8(bytes.baseAddress, bytes.count, options, &errorCode, &errorOffset, nil)
        }
        guard let compiled else {
            return .failure(PatternError(code: errorCode, byteOffset: errorOffset, in: compiledSource))
        }
        // A failed JIT compile (no JIT support on this platform, or a pattern it
        // cannot handle) leaves the interpreter in charge: same results, slower.
        if jit { _ = pcre2_jit_compile_8(compiled, UInt32(PCRE2_JIT_COMPLETE)) }
        return .success(compiled)
    }

    /// The compiled code; a deferred pattern is compiled now, and should two
    /// threads race to it, the first stored code wins and the other is freed.
    /// Nil only if a deferred pattern does not compile after all.
    private var code: OpaquePointer? {
        let known = compiledCode.load(ordering: .acquiring)
        if known != 0 { return OpaquePointer(bitPattern: known) }
        guard case .success(let compiled) = Self.compile(
            source, wholeValue: wholeValue, caseless: caseless, dialect: dialect, jit: jit)
        else { return nil }
        let (stored, earlier) = compiledCode.compareExchange(
            expected: 0, desired: UInt(bitPattern: compiled), ordering: .acquiringAndReleasing)
        if stored { return compiled }
        pcre2_code_free_8(compiled)
        return OpaquePointer(bitPattern: earlier)
    }

    /// Whether PCRE2's JIT compiled the pattern (false where JIT is unavailable).
    public var isJITCompiled: Bool {
        var size = 0
        return code.map { pcre2_pattern_info_8($0, UInt32(PCRE2_INFO_JITSIZE), &size) == 0 && size > 0 } ?? false
    }

    deinit {
        if let code = OpaquePointer(bitPattern: compiledCode.load(ordering: .acquiring)) { pcre2_code_free_8(code) }
    }

    /// Matches `subject` (as a whole when the pattern is `wholeValue`, else
    /// anywhere in it) within `context`'s limits.
    ///
    /// The JIT has no depth or heap limit: it recurses on its own small stack.
    /// A match that overflows that stack is run again by the interpreter,
    /// which the depth and heap limits govern, so every limit holds.
    public func matches(_ subject: String, in context: MatchContext = .default) -> MatchResult {
        guard let code else { return .failed(message: "the pattern does not compile") }
        // One ovector pair is all a yes/no match needs; per-call match data keeps
        // concurrent matches apart at the cost of one small allocation. Not
        // kept per thread: the interpreter keeps its backtracking frames in
        // the match data, and a vector grown by an earlier match let a later
        // one pass its heap limit unchecked (PatternTests under TSan).
        guard let matchData = pcre2_match_data_create_8(1, nil) else {
            return .failed(message: "out of memory")
        }
        defer { pcre2_match_data_free_8(matchData) }
        // A Swift String is always valid UTF-8, so PCRE2 need not check it again.
        var status = match(code, subject, options: UInt32(PCRE2_NO_UTF_CHECK), matchData, context)
        if status == PCRE2_ERROR_JIT_STACKLIMIT {
            status = match(code, subject, options: UInt32(PCRE2_NO_UTF_CHECK) | UInt32(PCRE2_NO_JIT), matchData, context)
        }
        return MatchResult(status: status)
    }

    private func match(
        _ code: OpaquePointer, _ subject: String, options: UInt32, _ matchData: OpaquePointer, _ context: MatchContext
    ) -> Int32 {
        subject.utf8.withContiguousBytes { bytes in
            pcre2_match_8(code, bytes.baseAddress, bytes.count, 0, options, matchData, context.pointer)
        }
    }
}

/// The outcome of one match. A pattern that exhausts its budget is not a
/// "no match": the caller must say it could not decide.
public enum MatchResult: Sendable, Equatable {
    case match
    case noMatch
    /// A limit of `MatchLimits` was reached before an answer.
    case limitExceeded(ExceededMatchLimit)
    /// Any other PCRE2 matching error, with PCRE2's message.
    case failed(message: String)

    init(status: Int32) {
        switch status {
        case 0...: self = .match  // 0 means "matched, ovector too small", still a match.
        case PCRE2_ERROR_NOMATCH: self = .noMatch
        case PCRE2_ERROR_MATCHLIMIT: self = .limitExceeded(.match)
        case PCRE2_ERROR_DEPTHLIMIT: self = .limitExceeded(.depth)
        case PCRE2_ERROR_HEAPLIMIT: self = .limitExceeded(.heap)
        default: self = .failed(message: pcre2ErrorMessage(status))
        }
    }
}

extension String.UTF8View {
    /// Runs `body` over the string's UTF-8 bytes, copying only when the string
    /// is not stored contiguously (bridged or lazily built strings).
    func withContiguousBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = withContiguousStorageIfAvailable(body) { return result }
        return Array(self).withUnsafeBufferPointer(body)
    }
}

/// PCRE2's own text for an error code (compile or match).
func pcre2ErrorMessage(_ code: Int32) -> String {
    var buffer = [UInt8](repeating: 0, count: 256)
    let length = pcre2_get_error_message_8(code, &buffer, buffer.count)
    guard length > 0 else { return "PCRE2 error \(code)" }
    return String(decoding: buffer[..<Int(length)], as: UTF8.self)
}
