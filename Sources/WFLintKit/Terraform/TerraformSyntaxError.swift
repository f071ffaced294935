import DocumentModel
import HCLReader

/// A Terraform file's syntax error as wflint reports it. The HCL reader
/// quotes the token it stopped at (`found 'word'`); where that may be part
/// of a secret — any value of a variable definitions file, a `variable`'s
/// `default` (whether it is declared `sensitive` cannot be told from a
/// file that does not parse), an argument named like a secret
/// (`client_secret`) — the file is read again without quoting its text,
/// and the error's line is masked (`isInSecret`). So is an error elsewhere on
/// a line that names such an argument or writes a `default` (a block written
/// on one line, `variable "pw" { sensitive = true, default = "..." }`): the
/// line is shown with the error, and would show the secret.
struct TerraformSyntaxError: Error {
    let error: SyntaxError
    let isInSecret: Bool

    /// `error` of `bytes`, a variable definitions file when `isVariableValues`.
    init(_ error: HCLSyntaxError, of bytes: [UInt8], limits: ReadLimits, isVariableValues: Bool) {
        isInSecret = isVariableValues || Self.isSecretPlace(error.context)
            || Self.lineNamesASecret(error.syntaxError.position.line, in: bytes)
        var reported = error.syntaxError
        if isInSecret && reported.exceededLimit == nil {
            // The same bytes fail the same way, now without quoting them.
            do {
                _ = try TerraformLinting.parseHCL(bytes, limits: limits, quotingSource: false)
            } catch {
                reported = error.syntaxError
            }
        }
        self.error = reported
    }

    /// An error whose line is shown as it is: one of a variable definitions
    /// file is masked whole, and its quoted text too (`TerraformLinting.unreadable`).
    init(_ error: SyntaxError) {
        self.error = error
        isInSecret = false
    }

    /// A JSON reader's error in `bytes` (a `.tf.json` file): its line is
    /// masked when it lies in a secret's value, told from the keys of the
    /// objects it is in (`jsonKeys`), and so is the character its message
    /// quotes (`TerraformLinting.unreadable`).
    init(json error: SyntaxError, of bytes: [UInt8], source: SourceText) {
        self.error = error
        isInSecret = Self.isSecretPlace(Self.jsonKeys(before: source.byteOffset(of: error.position), in: bytes))
            || Self.lineNamesASecret(error.position.line, in: bytes)
    }

    /// Whether line `line` (from 1) of `bytes` has a word named like a
    /// secret (`client_secret`, `"client_secret"`), the word `default` (a
    /// variable's, which may be declared sensitive: that cannot be told from
    /// a file that does not parse) or the word `sensitive` (a value in
    /// `sensitive(...)`, `TerraformSensitiveCalls`), read lexically. Only a
    /// file with an error is split into lines.
    static func lineNamesASecret(_ line: Int, in bytes: [UInt8]) -> Bool {
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return false }
        return namesASecret(lines[line - 1])
    }

    /// The same for the line that holds byte `offset` of `source`, read
    /// from there to its ends only (a file with many findings is not split
    /// for each).
    static func lineNamesASecret(atByte offset: Int, in source: SourceBytes) -> Bool {
        source.withUnsafeBufferPointer { bytes in
            guard offset >= 0, offset <= bytes.count else { return false }
            let newline = UInt8(ascii: "\n")
            let start = bytes[..<offset].lastIndex(of: newline).map { $0 + 1 } ?? 0
            let end = bytes[offset...].firstIndex(of: newline) ?? bytes.count
            return namesASecret(bytes[start..<end])
        }
    }

    private static func namesASecret<Line: Collection<UInt8>>(_ line: Line) -> Bool {
        line.split { !isWordByte($0) }.contains { word in
            word.elementsEqual("default".utf8) || word.elementsEqual(TerraformSensitiveCalls.function.utf8)
                || SensitiveValues.isSensitiveKey(String(decoding: word, as: UTF8.self))
        }
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
            return true
        default:
            return false
        }
    }

    /// The keys of the objects the byte at `offset` lies in, outermost
    /// first, read lexically from the start: the text does not parse, so no
    /// tree says it (`{"variable": {"pw": {"default": "x" y` is `variable pw
    /// default`).
    static func jsonKeys(before offset: Int, in bytes: [UInt8]) -> [String] {
        // Each open object's key being read ("" before its ':'), nil for an array.
        var open: [String?] = []
        var lastString = ""
        var index = 0
        let end = min(offset, bytes.count)
        while index < end {
            switch bytes[index] {
            case UInt8(ascii: "\""):
                let start = index + 1
                index = start
                while index < end && bytes[index] != UInt8(ascii: "\"") {
                    index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
                }
                lastString = String(decoding: bytes[start..<min(index, end)], as: UTF8.self)
            case UInt8(ascii: "{"): open.append("")
            case UInt8(ascii: "["): open.append(nil)
            case UInt8(ascii: "}"), UInt8(ascii: "]"): _ = open.popLast()
            case UInt8(ascii: ":"), UInt8(ascii: ","):
                // In an object, ':' ends its key and ',' starts the next one.
                if case .some(.some) = open.last { open[open.count - 1] = bytes[index] == UInt8(ascii: ":") ? lastString : "" }
            default: break
            }
            index += 1
        }
        return open.compactMap { $0 }.filter { !$0.isEmpty }
    }

    /// Whether an error found at `context` (`HCLSyntaxError.context`) may be in a secret's value.
    static func isSecretPlace(_ context: [String]) -> Bool {
        // `variable "NAME" { default = ... }`: the default, and anything in it.
        let isDefault = context.count >= 3 && context[0] == "variable" && context[2] == "default"
        return isDefault || context.contains(where: SensitiveValues.isSensitiveKey)
    }
}
