#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import DocumentModel

/// Finds a YAML stream's `#` comments while its events go by. libyaml reports
/// no comments, but every event covers its tokens' text (a scalar with its
/// anchor, tag and quotes, a flow bracket, `---` with its directives), so what
/// lies between one event's end and the next one's start holds only blanks,
/// line breaks, indicators (`-`, `?`, `:`, `,`) and comments: there, every `#`
/// starts a comment, which runs to the end of its line.
///
/// Inside an event, a comment can stand only after a node's anchor or tag
/// (`&a # note`, then the node on the next line) and after a block scalar's
/// header (`| # note`); `properties` reads those.
///
/// Only the `#` bytes are visited (`memchr` finds each), so a file without
/// comments costs one pass at memory speed and a test per event.
struct CommentCollector {
    private let bytes: UnsafeBufferPointer<UInt8>
    private(set) var comments: [ByteRange] = []
    /// Bytes before this offset are done with.
    private var scanned = 0
    /// Where the comments are known up to: the end of the last event or
    /// comment read. Past it (after an error) the text was not read, and a
    /// `#` there may be a comment or text.
    var readUpTo: Int { scanned }
    /// The first `#` at or after `scanned` (the input's length when none is left).
    private var nextHash = 0

    /// The comments collected since the last take, which the collector lets go.
    mutating func take() -> [ByteRange] {
        defer { comments = [] }
        return comments
    }

    /// Collects the comments from byte `start` on (where a segment of the
    /// input starts; see `Segment`).
    init(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) {
        self.bytes = bytes
        scanned = start
        nextHash = hash(from: start)
    }

    /// The bytes up to `offset` lie between tokens.
    @inline(__always)
    mutating func gap(upTo offset: Int) {
        while nextHash < offset {
            record(from: nextHash)
        }
    }

    /// The bytes up to `offset` belong to a token, whose `#` is text.
    @inline(__always)
    mutating func token(upTo offset: Int) {
        guard offset > scanned else { return }
        scanned = offset
        if nextHash < scanned { nextHash = hash(from: scanned) }
    }

    /// The bytes up to `offset` are a document's start: directives and `---`.
    /// A `#` there starts a comment after a blank or a line break (a `%TAG`
    /// prefix may hold `#`, but never a blank).
    mutating func directives(upTo offset: Int) {
        while nextHash < offset {
            let previous = nextHash > 0 ? bytes[nextHash - 1] : UInt8(ascii: "\n")
            if previous == UInt8(ascii: " ") || previous == UInt8(ascii: "\t") || previous == UInt8(ascii: "\n")
                || previous == UInt8(ascii: "\r")
            {
                record(from: nextHash)
            } else {
                nextHash = hash(from: nextHash + 1)
            }
        }
        token(upTo: offset)
    }

    /// The bytes from `start` up to `end` are a node's event: its anchor and
    /// tag, with blanks, breaks and comments after them, then its content;
    /// and for a block scalar (`blockScalar`) a header that may end in a comment.
    mutating func properties(from start: Int, to end: Int, blockScalar: Bool) {
        var offset = start
        while offset < end {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "&") || byte == UInt8(ascii: "!") {
                while offset < end, !bytes[offset].isBlankOrBreak { offset += 1 }
            } else if byte.isBlankOrBreak {
                offset += 1
            } else if byte == UInt8(ascii: "#") {
                record(from: offset)
                offset = scanned
            } else {
                break
            }
        }
        guard blockScalar, offset < end, bytes[offset] == UInt8(ascii: "|") || bytes[offset] == UInt8(ascii: ">") else {
            return
        }
        offset += 1
        while offset < end, isHeaderIndicator(bytes[offset]) { offset += 1 }
        while offset < end, bytes[offset] == UInt8(ascii: " ") || bytes[offset] == UInt8(ascii: "\t") { offset += 1 }
        if offset < end, bytes[offset] == UInt8(ascii: "#") { record(from: offset) }
    }

    /// A block scalar header's chomping (`+`, `-`) or indentation digit.
    private func isHeaderIndicator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// The comment whose `#` is at `start`: to the end of its line.
    private mutating func record(from start: Int) {
        var end = start + 1
        while end < bytes.count, bytes[end] != UInt8(ascii: "\n"), bytes[end] != UInt8(ascii: "\r") { end += 1 }
        comments.append(ByteRange(start: start, end: end))
        scanned = end
        nextHash = hash(from: end)
    }

    /// The offset of the first `#` at or after `offset`, or the input's length.
    private func hash(from offset: Int) -> Int {
        guard let base = bytes.baseAddress, offset < bytes.count,
            let found = memchr(base + offset, Int32(UInt8(ascii: "#")), bytes.count - offset)
        else { return bytes.count }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
}

extension UInt8 {
    /// A space, a tab, a CR or an LF.
    var isBlankOrBreak: Bool {
        self == UInt8(ascii: " ") || self == UInt8(ascii: "\t") || self == UInt8(ascii: "\n") || self == UInt8(ascii: "\r")
    }
}
