/// Whether a text that is no workforce document reads as Terraform: its first
/// word (after blank lines and `#` or `//` comments) is a block type of a
/// Terraform configuration, followed by a label or a body (`resource "`,
/// `locals {`). Such a text piped to `wflint -` without `--stdin-filename`
/// is read as YAML (a plain scalar), and its note says how to lint it as
/// Terraform rather than to name an API operation.
enum TerraformLookalike {
    static let blockTypes: Set<String> = [
        "data", "ephemeral", "locals", "module", "output", "provider", "resource", "terraform", "variable",
    ]

    /// How many bytes of a file the search reads: its start, where a
    /// configuration's first block is, not a large file's whole text.
    static let searched = 4096

    static func holds(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"):
                index += 1
            case UInt8(ascii: "#"):
                index = lineEnd(after: index, in: bytes)
            case UInt8(ascii: "/") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "/"):
                index = lineEnd(after: index, in: bytes)
            default:
                return blockHeader(at: index, in: bytes)
            }
        }
        return false
    }

    private static func lineEnd(after index: Int, in bytes: [UInt8]) -> Int {
        bytes[index...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
    }

    /// A block type, spaces, then `"` or `{`.
    private static func blockHeader(at start: Int, in bytes: [UInt8]) -> Bool {
        var end = start
        while end < bytes.count, bytes[end] >= UInt8(ascii: "a"), bytes[end] <= UInt8(ascii: "z") { end += 1 }
        guard blockTypes.contains(String(decoding: bytes[start..<end], as: UTF8.self)) else { return false }
        var next = end
        while next < bytes.count, bytes[next] == UInt8(ascii: " ") || bytes[next] == UInt8(ascii: "\t") { next += 1 }
        return next > end && next < bytes.count && (bytes[next] == UInt8(ascii: "\"") || bytes[next] == UInt8(ascii: "{"))
    }
}
